# A notebook cell, as tutorials 000-002 type their functions: the Python runtime runs this
# file in the program's __main__ (primes6-notebook.json: "in_main": true), where a notebook
# keeps what its cells define. Forked workers inherit it; spawned workers import the program
# again, find no is_prime there, and die before their first task (tutorial 002's
# BrokenProcessPool).
import math


def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False

    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True
