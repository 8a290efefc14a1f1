"""The local web page and JSON API (`bri serve`). Needs the [web] extra."""
