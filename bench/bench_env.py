"""Shared by the comparison scripts: run the script inside its own virtual environment, made
from a pinned requirements file, unless the current interpreter already has the modules."""
import os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure(modules, requirements, venv_name):
    """Re-executes the calling script in `root/venv_name` (made from `bench/requirements`)
    unless every module in `modules` imports here."""
    try:
        for module in modules:
            __import__(module)
        return
    except ImportError:
        pass
    venv = os.path.join(root, venv_name)
    py = os.path.join(venv, "bin", "python")
    req = os.path.join(root, "bench", requirements)
    check = "import " + ", ".join(modules)
    if not os.path.exists(py) or subprocess.run([py, "-c", check], capture_output=True).returncode != 0:
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "-r", req], check=True)
    os.execv(py, [py] + sys.argv)
