"""Module docstring, as TF 1.x example scripts start."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

__all__ = ["main"]


def main():
    print(__doc__)
    print(7 / 2, 7 // 2, __all__)


if __name__ == "__main__":
    main()
