"""Child of the crash-consistency test: writes until it is killed.

    python -m tests.security.crash_child VAULT SCRATCH SEED

Prints one line per acknowledged write, AFTER the call returned (flushed):
``case <id>``, ``evidence <case id> <evidence id> <sha256>``, ``removed <evidence id>`` (announced by ``removing <evidence id>`` before the call).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from app.domain.model import Case, Testimony
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault

PASSPHRASE = "crash test passphrase"


def main() -> None:
    folder, scratch, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    vault = Vault.unlock(folder, PASSPHRASE)
    print("ready", flush=True)
    attached: list[tuple[str, str]] = []
    n = 0
    while True:
        n += 1
        case = svc.save_case(vault, Case(title=f"crash {seed} {n}",
                                         testimonies=[Testimony(original_text=os.urandom(rng.randrange(10, 3000)).hex())]))
        print(f"case {case.id}", flush=True)
        src = scratch / f"e{seed}-{n}"
        src.write_bytes(os.urandom(rng.choice([0, 100, 3000, 70_000])))
        item = ev.attach(vault, case.id, src)
        print(f"evidence {case.id} {item.id} {item.sha256}", flush=True)
        attached.append((case.id, item.id))
        if rng.random() < 0.2 and attached:
            cid, eid = attached.pop(rng.randrange(len(attached)))
            print(f"removing {eid}", flush=True)  # from here on, either state is correct
            ev.remove(vault, cid, eid)
            print(f"removed {eid}", flush=True)


if __name__ == "__main__":
    main()
