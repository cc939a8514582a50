"""Persistence: the SQLCipher database, the vault header file and the blob files.

``sqlcipher3`` is imported nowhere else in Recourse.
"""
