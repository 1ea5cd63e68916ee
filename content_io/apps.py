from django.apps import AppConfig


class ContentIoConfig(AppConfig):
    """Course and guide content as files: `import_content` reads content/, `export_content` writes it.

    An app above home, guide, courses and quizzes (it knows their page types through Wagtail's
    registry and imports none of their content), so the apps below it stay free of content.
    """

    name = "content_io"
    verbose_name = "Content files"
