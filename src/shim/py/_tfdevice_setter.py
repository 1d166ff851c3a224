# tf.train.replica_device_setter (tensorflow/python/training/device_setter.py): a device function that
# puts variable ops on the ps tasks in turn and every other op on the worker job. Placement is only
# recorded on the graph (op.device); nothing here needs a cluster.
import _tf
from _tfdevice import DeviceSpecV1

# device_setter.py STANDARD_PS_OPS
STANDARD_PS_OPS = ("Variable", "VariableV2", "AutoReloadVariable",
                   "MutableHashTable", "MutableHashTableV2",
                   "MutableHashTableOfTensors", "MutableHashTableOfTensorsV2",
                   "MutableDenseHashTable", "MutableDenseHashTableV2",
                   "VarHandleOp", "BoostedTreesEnsembleResourceHandleOp",
                   "BoostedTreesQuantileStreamResourceHandleOp",
                   "ResourceConditionalAccumulator")


class _RoundRobinStrategy(object):
    def __init__(self, num_tasks):
        self._num_tasks = num_tasks
        self._next_task = 0

    def __call__(self, unused_op):
        task = self._next_task
        self._next_task = (self._next_task + 1) % self._num_tasks
        return task


class _ReplicaDeviceChooser(object):
    def __init__(self, ps_tasks, ps_device, worker_device, merge_devices, ps_ops, ps_strategy):
        self._ps_tasks = ps_tasks
        self._ps_device = ps_device
        self._worker_device = worker_device
        self._merge_devices = merge_devices
        self._ps_ops = ps_ops
        self._ps_strategy = ps_strategy

    def device_function(self, op):
        if not self._merge_devices and op.device:
            return op.device
        current_device = DeviceSpecV1.from_string(op.device or "")
        # TF reads node_def.op, which is op.type for an Operation.
        if self._ps_tasks and self._ps_device and op.type in self._ps_ops:
            ps_device = DeviceSpecV1.from_string(self._ps_device)
            current_job, ps_job = current_device.job, ps_device.job
            if ps_job and (not current_job or current_job == ps_job):
                ps_device = ps_device.replace(task=self._ps_strategy(op))
            ps_device = ps_device.make_merged_spec(current_device)
            return ps_device.to_string()
        worker_device = DeviceSpecV1.from_string(self._worker_device or "")
        worker_device = worker_device.make_merged_spec(current_device)
        return worker_device.to_string()


def _cluster_jobs(cluster):
    # server_lib.ClusterSpec(cluster).as_dict(), as far as the number of each job's tasks.
    if not isinstance(cluster, dict):
        _tf.unsupported("tf.train.replica_device_setter(cluster=<a %s>) (only a dict is modelled)" % type(cluster).__name__)
    jobs = {}
    for job_name, tasks in cluster.items():
        if not isinstance(tasks, (list, tuple, dict)):
            raise TypeError("The tasks for job %r must be a list or a dictionary "
                            "from integers to strings." % job_name)
        jobs[job_name] = tasks
    return jobs


def replica_device_setter(ps_tasks=0, ps_device="/job:ps", worker_device="/job:worker", merge_devices=True,
                          cluster=None, ps_ops=None, ps_strategy=None):
    if cluster is not None:
        cluster_spec = _cluster_jobs(cluster)
        ps_job_name = DeviceSpecV1.from_string(ps_device).job
        if ps_job_name not in cluster_spec or cluster_spec[ps_job_name] is None:
            return None
        ps_tasks = len(cluster_spec[ps_job_name])
    if ps_tasks == 0:
        return None
    if ps_ops is None:
        ps_ops = list(STANDARD_PS_OPS)
    if not merge_devices:
        _tf.unsupported("tf.train.replica_device_setter(merge_devices=False) (TF logs a deprecation warning)")
    if ps_strategy is None:
        ps_strategy = _RoundRobinStrategy(ps_tasks)
    if not callable(ps_strategy):
        raise TypeError("ps_strategy must be callable")
    chooser = _ReplicaDeviceChooser(ps_tasks, ps_device, worker_device, merge_devices, ps_ops, ps_strategy)
    return chooser.device_function
