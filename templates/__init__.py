"""Letter templates (Jinja2), shipped inside the followup wheel as followup.templates."""
