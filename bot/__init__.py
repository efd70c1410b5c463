"""Film-premiere news bot for Kazakh and Russian-language news sites."""
