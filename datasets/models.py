# Datasets, versions and exports arrive with their own issue; the app is installed now so the
# layout (and migrations) stay stable when they do.
