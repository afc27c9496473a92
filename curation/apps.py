from django.apps import AppConfig


class CurationConfig(AppConfig):
    name = "curation"
    verbose_name = "Curation"

    def ready(self) -> None:
        # Registers the `__any` lookup the pipeline's batch queries use.
        import assay.db  # noqa: F401
