// Implementation of CredentialStoreResult.
#include "CredentialStoreResult.h"

using namespace Qt::Literals::StringLiterals;

QString CredentialStoreResult::errorKey(Error error)
{
    switch (error) {
    case Error::None:
        return u"none"_s;
    case Error::NotFound:
        return u"not-found"_s;
    case Error::NoBackend:
        return u"no-backend"_s;
    case Error::Locked:
        return u"locked"_s;
    case Error::AccessDenied:
        return u"access-denied"_s;
    case Error::Timeout:
        return u"timeout"_s;
    case Error::Other:
        break;
    }
    return u"other"_s;
}

QString CredentialStoreResult::operationKey(Operation operation)
{
    switch (operation) {
    case Operation::Save:
        return u"save"_s;
    case Operation::Read:
        return u"read"_s;
    case Operation::Remove:
        break;
    }
    return u"remove"_s;
}
