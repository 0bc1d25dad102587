"""Shared by the comparison scripts: run the script inside its own virtual environment, made
from a pinned requirements file, unless the current interpreter already has the modules."""
import datetime, os, subprocess, sys

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


def cpu_description():
    """CPU model and the SIMD flags that choose sphfield's kernels (Linux /proc/cpuinfo)."""
    model, flags = "unknown CPU", set()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name") and model == "unknown CPU":
                    model = line.split(":", 1)[1].strip()
                elif line.startswith("flags") and not flags:
                    flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return model, flags


def commit_description():
    """The checkout's commit, with "+local changes" when the work tree differs from it."""
    def git(*args):
        out = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
        return out.stdout.strip() if out.returncode == 0 else ""
    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return commit + (" + local changes" if dirty else "")


def print_run_header():
    """The lines that let a reader reproduce a table: the command, the code's commit, the date,
    the CPU (model, logical CPUs, SIMD flags)."""
    model, flags = cpu_description()
    simd = " ".join(sorted(f for f in flags if f.startswith(("avx", "fma", "sse4", "asimd", "sve"))))
    cmd = " ".join(["python3", os.path.relpath(sys.argv[0], root)] + sys.argv[1:])
    date = datetime.date.today().isoformat()
    print(f"# {cmd}")
    print(f"# code of commit {commit_description()}, {date}")
    print(f"# CPU: {model}, {os.cpu_count()} logical CPUs; SIMD flags: {simd or 'none reported'}")


def limit_library_threads(threads):
    """Makes numpy's BLAS and OpenMP code use `threads` threads (set before their first use)."""
    for var in ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"]:
        os.environ[var] = str(threads)


def build_sphfield():
    """Builds the release `sphfield` binary and returns its path."""
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
    return os.path.join(root, "target", "release", "sphfield")
