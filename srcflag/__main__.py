import sys

from srcflag.cli import main

sys.exit(main())
