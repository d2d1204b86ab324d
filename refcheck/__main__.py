"""``python -m refcheck`` runs the CLI."""

from refcheck.cli import main

if __name__ == "__main__":
    main()
