"""Checking a post, Qt-free: what the window sends, what comes back, the worker that runs
the engine in the checking process and the protocol of that process.

- :mod:`.work` — request and result types and the worker (engine, spelling suggestions);
- :mod:`.process` — starting the checking process and talking to it (framed pickles);
- :mod:`.preview_data` — the channel previews' data, built beside the findings;
- :mod:`.offsets` — Python string indices to Qt's UTF-16 positions.

Nothing here imports Qt: the checking process never loads it.
"""
