from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Feedback intake"

    def ready(self) -> None:
        # django-cors-headers asks this hook which origins may call the browser endpoints.
        from corsheaders.signals import check_request_enabled

        from feedback.cors import origin_allowed_for_any_project

        check_request_enabled.connect(origin_allowed_for_any_project, dispatch_uid="assay-cors")
