"""Stand-in for pyspark.sql in the docs test: SparkSession.builder...getOrCreate()."""
from pyspark import SparkContext


class _Builder:
    def appName(self, name):
        return self

    def getOrCreate(self):
        return SparkSession()


class SparkSession:
    builder = _Builder()

    def __init__(self):
        self.sparkContext = SparkContext()

    def stop(self):
        pass
