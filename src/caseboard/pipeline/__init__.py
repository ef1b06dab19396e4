"""Runners over the pipeline stages: in-process (``build``) and Dask (``dask_runner``)."""

from caseboard.pipeline.build import BuildReport, build
from caseboard.pipeline.stages import map_documents, pipeline_key

__all__ = ["BuildReport", "build", "map_documents", "pipeline_key"]
