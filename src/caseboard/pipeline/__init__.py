"""Runners: the in-process build (and, optionally, Dask) over the pipeline stages."""

from caseboard.pipeline.build import BuildReport, build, pipeline_key

__all__ = ["BuildReport", "build", "pipeline_key"]
