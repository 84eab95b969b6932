#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "relasi.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "relasi.core.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "relasi.core.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "relasi.core.services", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "relasi.core.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "relasi.core.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "relasi.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPrivacy, "relasi.core.privacy", QtWarningMsg)
