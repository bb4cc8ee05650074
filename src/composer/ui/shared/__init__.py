"""Small pieces used across the UI: flow layout, palette colours, time-sliced UI-thread turns."""
