"""The packaged application's entry point: the same ``workbench`` command."""

from workbench.cli import main

if __name__ == "__main__":
    main()
