#include "Cli.h"

int main(int argc, char *argv[])
{
    return relasi::cli::run(argc, argv);
}
