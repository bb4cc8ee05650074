"""The findings list: its model, painting, panel and the quick fixes a finding offers."""
