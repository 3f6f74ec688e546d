# SPDX-License-Identifier: MIT
"""wijknet: social support networks of neighbourhoods.

    import wijknet, pandas
    network = wijknet.load_network("samples/zonnedal")     # any NETWORK the command line takes
    pandas.DataFrame(network.actors())
    pandas.DataFrame(wijknet.isolated(network))             # the rows of `wijknet isolated`
"""
from ._wijknet import InputError, Network, __version__, change, coordination, isolated, load_network, measures, structure

__all__ = ["InputError", "Network", "__version__", "change", "coordination", "isolated", "load_network", "measures", "structure"]
