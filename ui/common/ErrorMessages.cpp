#include "common/ErrorMessages.h"

namespace relasi {

QString ErrorMessages::forUnlock(const Error &error, bool usingRecoveryCode)
{
    switch (error.code) {
    case ErrorCode::WrongSecret:
        if (usingRecoveryCode)
            return tr("The recovery code is not correct. Check it against the copy you stored; letters and "
                      "digits are grouped exactly as shown when the workspace was created.");
        return tr("The password is not correct. Check Caps Lock, or use your recovery code.");
    case ErrorCode::VaultMissing:
        return tr("The key file (relasi.vault) is missing from this workspace folder. Restore the folder from a "
                  "backup; without the key file the data cannot be opened.");
    case ErrorCode::VaultDamaged:
        return tr("The key file (relasi.vault) is damaged or has been altered. Restore the folder from a "
                  "backup. Nothing has been changed on disk.");
    case ErrorCode::DatabaseDamaged:
        return tr("The database is damaged or has been tampered with, so Relasi refuses to open it. Restore "
                  "the workspace from a backup. Nothing has been changed on disk.");
    case ErrorCode::NewerVersion:
        return tr("This workspace was saved by a newer version of Relasi. Install the latest version to open "
                  "it; this version will not modify it.");
    case ErrorCode::InUse:
        return tr("This workspace is already open in another Relasi window or by another program. Close it "
                  "there first, then try again.");
    case ErrorCode::NotFound:
        return tr("No Relasi workspace was found in this folder. Choose the folder that contains relasi.db "
                  "and relasi.vault.");
    case ErrorCode::Io:
        return tr("The workspace files could not be read or written. Check that the folder is available and "
                  "that you have permission to use it.");
    case ErrorCode::Invalid:
        return tr("The new password is not acceptable. Choose a longer password that is harder to guess.");
    default:
        break;
    }
    return tr("The workspace could not be opened because of an unexpected error.");
}

QString ErrorMessages::forCreate(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Conflict:
        return tr("The chosen folder is not empty or already holds a workspace. Go back and choose an empty "
                  "or new folder.");
    case ErrorCode::Io:
        return tr("The workspace could not be written to the chosen folder. Check that the disk has free "
                  "space and that you may write there, or go back and choose another folder.");
    case ErrorCode::Invalid:
    case ErrorCode::Usage:
        return tr("Some details were not accepted. Go back and check the highlighted values.");
    default:
        break;
    }
    return tr("The workspace could not be created because of an unexpected error. Go back and try again.");
}

} // namespace relasi
