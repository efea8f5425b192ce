"""The choke points every command goes through: project paths (`paths`), cache files
(`cache_files`) and worker processes (`workers`). See docs/safety.md for what they promise."""
