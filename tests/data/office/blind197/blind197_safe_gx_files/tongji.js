var _hmt=_hmt||[];
