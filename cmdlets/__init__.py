"""The command library. MODULE_PATHS is the explicit list of modules a session loads."""

MODULE_PATHS = ("cmdlets.core", "cmdlets.lync")
