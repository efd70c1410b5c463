"""The project's error hierarchy; user-facing text is chosen at the edges."""

from __future__ import annotations


class PremiereBotError(Exception):
    """Base class for every error the project raises on purpose."""


class ConfigError(PremiereBotError):
    """Settings are missing or invalid; carries every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid configuration: " + "; ".join(problems))


class FetchError(PremiereBotError):
    """A feed or page could not be fetched or was not usable."""


class FeedParseError(FetchError):
    """The body was fetched but is not a feed."""


class InvalidInput(PremiereBotError):
    """User input that cannot be acted on; the message is safe to show."""


class NotAllowed(PremiereBotError):
    """The user lacks the rights for the requested action."""


class ChannelError(PremiereBotError):
    """A channel action that cannot be done; `key` and `params` choose the text shown."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(f"{key}: {params}")


class ChannelInputError(ChannelError, InvalidInput):
    """A channel command with a wrong value."""


class ChannelAccessError(ChannelError, NotAllowed):
    """The user may not manage that channel, or the bot may not post there."""


class Refused(InvalidInput):
    """Input refused for a reason the user is told in their language (a catalogue key)."""

    def __init__(self, key: str, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(key)
