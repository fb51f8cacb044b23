"""The application layer: what the command line and the desktop app both do with a case.

Qt-free and print-free. It composes the domain, the store and the packet builder into use
cases (load a case, check a packet, find due deadlines, count the dashboard), so a widget keeps
only presentation and a command only parses arguments and prints.
"""
