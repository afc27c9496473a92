"""The Reviewers and Curators groups and their permissions.

Reviewers claim and decide samples of the projects they belong to. Curators also adjudicate,
reopen and assign, and manage projects, keys and memberships (the datasets app adds its own
permissions to Curators).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWER_PERMISSIONS = [
    ("curation", "view_sample"),
    ("curation", "review_sample"),
    ("curation", "view_filterresult"),
    ("curation", "view_review"),
    ("feedback", "view_conversation"),
    ("feedback", "view_feedback"),
]
CURATOR_PERMISSIONS = REVIEWER_PERMISSIONS + [
    ("curation", "adjudicate_sample"),
    ("curation", "view_membership"),
    ("curation", "add_membership"),
    ("curation", "change_membership"),
    ("curation", "delete_membership"),
    ("feedback", "view_project"),
    ("feedback", "add_project"),
    ("feedback", "change_project"),
    ("feedback", "view_apikey"),
    ("feedback", "change_apikey"),
]


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrate; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in (("Reviewers", REVIEWER_PERMISSIONS), ("Curators", CURATOR_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in wanted:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Reviewers", "Curators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("feedback", "0002_filters"),
        ("curation", "0005_review_queue"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
