"""Files in and out of the register: séance files (JSON), SCDL open data, the RNE.

Qt-free, like the services: the window and the command line call the same functions.
"""
