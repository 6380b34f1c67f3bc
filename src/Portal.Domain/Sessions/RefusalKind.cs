namespace Portal.Domain.Sessions;

public enum RefusalKind
{
    NotLoggedIn,
    AlreadyLoggedIn,
    NotPaused,
    NotReady,
    NotOnCall,
    NoCallOffered,
    NotInDisposition,
    InvalidPauseCode,
    InvalidStatus,
    InvalidLogin,
    NotAllowed,
}
