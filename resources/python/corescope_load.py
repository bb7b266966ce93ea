"""The function a task calls, in every process that runs tasks: a shipped kernel with its
params bound, or the user's own function from the workload's python.file. The driver loads it
before it asks for the pool, so that a file that does not import is said before the run starts;
each pool worker process loads it again in its initializer (corescope_trace), and an MPI worker
rank in its own (corescope_mpi).
"""

import functools
import importlib
import importlib.util
import os
import sys
import traceback

import corescope_kernels


def said(exc, code, *args):
    """exc, marked with the sentence Corescope says for it (docs/PYTHON_RUNTIME.md, `L`): its
    code and arguments, so that the sentence is written once, in Corescope, and said in the
    user's language. The exception's own message stays Python's, for a traceback."""
    exc.corescope_said = (code, [str(a) for a in args])
    return exc


# The workload's own Python file (absolute), once load_function has loaded it in this process:
# where a task's error is looked for first (corescope_trace.task_error_field). None for a
# shipped kernel.
user_file = None


def import_workload_file(path):
    """The workload's own file, imported by module name from its directory (load_function).
    A name that Python already has a module for (json.py: the driver imported json) would give
    that module instead, as it would to the user's own program: refused, saying so. What the
    file raises says the file and the line."""
    directory, filename = os.path.split(os.path.abspath(path))
    name = os.path.splitext(filename)[0]
    if directory not in sys.path:
        sys.path.insert(0, directory)
    # Imported already (json: the driver's), or found before the file (a built-in module, gc):
    # either way the import would not give the file.
    known = sys.modules.get(name)
    if known is not None:
        origin = getattr(known, "__file__", None)
    else:
        found = importlib.util.find_spec(name)
        origin = found.origin if found is not None else path
    if not _same_file(origin, path):
        head = ("%s (the workload's python.file) is imported as the module %r, but Python "
                "already has a " % (filename, name))
        # find_spec gives "built-in" or "frozen" for a module compiled into Python (pwd),
        # an imported one (gc) has no __file__: either way no file to name.
        if origin and origin not in ("built-in", "frozen"):
            raise said(ImportError("%smodule of that name (%s), which it uses instead: rename "
                                   "the file" % (head, origin)),
                       "shadowed", filename, name, origin)
        raise said(ImportError("%sbuilt-in module of that name, which it uses instead: rename "
                               "the file" % head), "shadowed_builtin", filename, name)
    try:
        return importlib.import_module(name)
    except Exception as exc:
        line = None
        for frame in traceback.extract_tb(exc.__traceback__):
            if _same_file(frame.filename, path):
                line = frame.lineno
        raised = "%s: %s" % (type(exc).__name__, exc)
        error = ImportError("importing %s (the workload's python.file) raised %s%s"
                            % (filename, raised, "" if line is None else " at line %d" % line))
        if line is None:
            raise said(error, "import_raised", filename, raised) from exc
        raise said(error, "import_raised_at", filename, raised, line) from exc


def _same_file(a, b):
    try:
        return a is not None and os.path.samefile(a, b)
    except OSError:
        return False


def load_function(kernel, params, python, defining=False):
    """The function a task calls: a shipped kernel with its params bound, or the user's own.

    The user's file is imported by module name from its directory, as multiprocessing imports
    the module of a function it unpickles; spawn and forkserver children get the parent's
    sys.path, so they import it the same way (and a module without a __main__ guard runs its
    top level in each child, as it would under spawn).

    With "in_main", the file stands for code typed into the program's __main__ (a notebook
    cell): the driver (`defining`) runs it there, and a worker looks the function up in its own
    __main__, as unpickling a function defined in __main__ does. A forked worker inherited it;
    a spawned one re-imported the driver as __mp_main__ and has no such function, so it fails
    as tutorial 002's workers did."""
    global user_file
    if python:
        user_file = os.path.abspath(python["file"])
    if python and python.get("in_main"):
        main = sys.modules["__main__"]
        if defining:
            with open(python["file"], encoding="utf-8") as f:
                code = compile(f.read(), python["file"], "exec")
            exec(code, main.__dict__)
        function = getattr(main, python["function"], None)
        if function is None:
            # pickle's own words for a function it cannot find where it was defined
            raise AttributeError("Can't get attribute %r on %r"
                                 % (python["function"], main))
        return corescope_kernels.scaled(None, function, params.get("scale", 1))
    scale = params.get("scale", 1)
    if python:
        module = import_workload_file(python["file"])
        function = getattr(module, python["function"], None)
        if function is None:
            filename = os.path.basename(python["file"])
            raise said(AttributeError("%s (the workload's python.file) has no %r (its "
                                      "python.function)" % (filename, python["function"])),
                       "no_function", filename, python["function"])
        return corescope_kernels.scaled(None, function, scale)
    function, defaults = corescope_kernels.KERNELS[kernel]
    # Only the params that differ from the defaults are bound: a plain kernel is called as is.
    bound = {key: params[key] for key, default in defaults.items()
             if key in params and params[key] != default}
    function = functools.partial(function, **bound) if bound else function
    return corescope_kernels.scaled(kernel, function, scale)
