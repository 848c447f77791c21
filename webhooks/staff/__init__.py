"""Staff accounts, sign-in, roles and the audit log."""
