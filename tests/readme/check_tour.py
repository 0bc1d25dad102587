"""Runs the README's Tour word for word: every `sphfield ...` command (indented blocks and the
inline ones, in the order they appear) and every Python block, in a fresh folder, with
`sphfield` on PATH as the README's set-up puts it. Fails on the first command that fails."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
tour = readme[readme.index("## Tour"):readme.index("\n## ", readme.index("## Tour") + 1)]

steps = []  # (position, kind, text)
for m in re.finditer(r"```python\n(.*?)```", tour, flags=re.S):
    steps.append((m.start(), "python", m.group(1)))
for m in re.finditer(r"(?m)^((?:    .*\n)+)", tour):
    block = "\n".join(line[4:] for line in m.group(1).splitlines())
    if block.startswith("sphfield "):
        steps.append((m.start(), "shell", "set -e\n" + block))
for m in re.finditer(r"`(sphfield [^`]*)`", tour):
    steps.append((m.start(), "shell", m.group(1).replace("\n", " ")))
steps.sort()
if len(steps) < 7:
    sys.exit(f"found only {len(steps)} Tour steps; the README's format changed?")

work = tempfile.mkdtemp(prefix="sphfield-tour-")
os.symlink(os.path.join(root, "data"), os.path.join(work, "data"))
env = dict(os.environ, PATH=os.path.join(root, "target", "release") + os.pathsep + os.environ["PATH"])
env.pop("SPHFIELD_NUM_THREADS", None)
try:
    for _, kind, text in steps:
        if kind == "shell":
            print(f"$ {' '.join(text.split())}", flush=True)
            done = subprocess.run(["bash", "-c", text], cwd=work, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"README Tour command failed ({done.returncode}):\n{text}\n{done.stderr}")
        else:
            print(">>> (Python block)", flush=True)
            namespace = {}
            cwd = os.getcwd()
            os.chdir(work)
            try:
                exec(compile(text, "README.md (Tour)", "exec"), namespace)
            finally:
                os.chdir(cwd)
    print(f"README Tour: {len(steps)} steps passed")
finally:
    shutil.rmtree(work, ignore_errors=True)
