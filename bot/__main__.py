from bot.cli import main

# Guarded: worker processes (bot.processing.workers) import the main module again.
if __name__ == "__main__":
    main()
