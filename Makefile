# Developer shortcuts; the README's two commands need only bash.
.PHONY: setup run test lint bench accuracy screenshot package translations clean

setup:
	bash scripts/setup.sh

run:
	bash scripts/run.sh

test:
	bash scripts/test.sh

lint:
	.venv/bin/ruff check src tests benchmarks packaging scripts
	.venv/bin/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks
	.venv/bin/python -m benchmarks.accuracy

accuracy: setup
	.venv/bin/python -m benchmarks.accuracy

screenshot: setup
	bash scripts/screenshot.sh

package: setup
	bash packaging/build.sh

translations: setup
	.venv/bin/python scripts/translations_build.py

clean:
	rm -rf build dist .pytest_cache
