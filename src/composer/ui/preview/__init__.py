"""Channel previews: how the post will look on each selected network, with length gauges."""
