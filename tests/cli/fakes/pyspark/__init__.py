"""Stand-in for pyspark in the docs test (see tests/cli/fakes/spark-submit).

textFile cuts a file under $FAKE_HDFS into three line-aligned partitions; pipe runs the
command once per partition (shlex-split, elements written as lines to its stdin, its
stdout lines the new elements, exit status ignored as with checkCode=False);
saveAsTextFile writes part-NNNNN, one element a line.
"""
import os
import shlex
import subprocess


def _hdfs(path):
    return os.environ["FAKE_HDFS"] + path


class RDD:
    def __init__(self, partitions):
        self._partitions = partitions

    def pipe(self, command, env=None, checkCode=False):
        out = []
        for part in self._partitions:
            data = "".join(e + "\n" for e in part).encode()
            proc = subprocess.run(shlex.split(command), input=data, stdout=subprocess.PIPE, env=env)
            if checkCode and proc.returncode:
                raise RuntimeError("pipe command failed")
            out.append(proc.stdout.decode().splitlines())
        return RDD(out)

    def saveAsTextFile(self, path):
        os.makedirs(_hdfs(path))
        for i, part in enumerate(self._partitions):
            with open(os.path.join(_hdfs(path), "part-%05d" % i), "w") as f:
                f.writelines(e + "\n" for e in part)


class SparkContext:
    def textFile(self, path, minPartitions=3):
        with open(_hdfs(path)) as f:
            lines = f.read().splitlines()
        n = minPartitions
        size = -(-len(lines) // n) if lines else 0
        return RDD([lines[i * size:(i + 1) * size] for i in range(n)])
