"""The Curators group gets the datasets permissions: view everything, edit drafts, publish
and tag versions. Reviewers get none (they name a dataset when approving, in curation)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATOR_PERMISSIONS = [
    ("datasets", "view_dataset"),
    ("datasets", "change_dataset"),
    ("datasets", "publish_dataset"),
    ("datasets", "view_datasetitem"),
    ("datasets", "change_datasetitem"),
    ("datasets", "view_datasetversion"),
    ("datasets", "view_versiontag"),
    ("datasets", "add_versiontag"),
    ("datasets", "change_versiontag"),
    ("datasets", "view_erasure"),
]


def add_permissions(apps, schema_editor):
    # Permissions are normally created after migrate; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curators")
    for app_label, codename in CURATOR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def remove_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Curators").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="datasets")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("curation", "0006_reviewer_groups"),
        ("datasets", "0001_initial"),
    ]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
