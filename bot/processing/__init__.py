"""Orchestration above the layers: the pipeline, the action runner, backfill, workers."""
