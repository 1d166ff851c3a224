# Package python.ops.losses: TF 1.15's loss modules (losses, losses_impl, util) over _tflosses.py.
