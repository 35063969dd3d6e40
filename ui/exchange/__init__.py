"""Moving reviews between databases from the desktop: review bundles in and out."""
