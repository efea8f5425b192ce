"""The choke points every command goes through: project paths (`paths`), cache files
(`cache_files`), files that may be anything (`files`), packages and images to unpack (`archives`,
`images`) and worker processes (`workers`). See docs/safety.md for what they promise."""
