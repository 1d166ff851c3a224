import { defineStdlib } from "./index.js";

// unittest.mock, in Python: Mock and MagicMock (return_value, side_effect, wraps, the call record and
// its assert_* helpers, child mocks made on attribute access), `call`, `sentinel`, DEFAULT, and
// patch / patch.object as context managers and decorators. What CPython's mock has beyond that
// (spec, autospec, patch.dict, patch.multiple, the magic-method table of MagicMock) is refused by
// name as unsupported, never ignored.
defineStdlib(
  "unittest.mock",
  () => String.raw`
import functools as _functools


def _unsupported(what):
    raise TfscopeUnsupported("unsupported by tfscope: unittest.mock " + what)


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _Call(tuple):
    """call(*args, **kwargs): a recorded call, equal to the (args, kwargs) it was made with."""

    def __new__(cls, value=(), name=""):
        args, kwargs = value
        self = tuple.__new__(cls, (tuple(args), dict(kwargs)))
        self._name = name
        return self

    def __init__(self, value=(), name=""):
        pass

    @property
    def args(self):
        return self[0]

    @property
    def kwargs(self):
        return self[1]

    def __eq__(self, other):
        if isinstance(other, tuple) and len(other) == 2:
            return tuple(self[0]) == tuple(other[0]) and self[1] == other[1]
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call((args, kwargs), self._name)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Call(((), {}), name if not self._name else self._name + "." + name)

    def __repr__(self):
        parts = [repr(a) for a in self[0]] + ["%s=%r" % (k, v) for k, v in self[1].items()]
        return "call%s(%s)" % ("." + self._name if self._name else "", ", ".join(parts))


call = _Call(((), {}))


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ["%s=%r" % (k, v) for k, v in kwargs.items()]
    return "%s(%s)" % (name, ", ".join(parts))


_REFUSED = ("spec", "spec_set", "unsafe", "autospec", "create", "new_callable")


class NonCallableMock(object):
    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _new_name="", **kwargs):
        if spec is not None or spec_set is not None:
            _unsupported("Mock(spec=...)")
        d = self.__dict__
        d["_mock_wraps"] = wraps
        d["_mock_name"] = name
        d["_mock_parent"] = parent
        d["_mock_new_name"] = _new_name
        d["_mock_children"] = {}
        d["_mock_return_value"] = DEFAULT
        d["_mock_side_effect"] = None
        self._mock_clear_record()
        self.configure_mock(**kwargs)

    def _mock_clear_record(self):
        d = self.__dict__
        d["called"] = False
        d["call_count"] = 0
        d["call_args"] = None
        d["call_args_list"] = []
        d["method_calls"] = []
        d["mock_calls"] = []

    def configure_mock(self, **kwargs):
        for key in sorted(kwargs, key=lambda k: k.count(".")):
            obj = self
            *path, last = key.split(".")
            for p in path:
                obj = getattr(obj, p)
            setattr(obj, last, kwargs[key])

    def _mock_path(self):
        if self._mock_parent is None:
            return self._mock_name or "mock"
        return self._mock_parent._mock_path() + "." + self._mock_new_name

    def __repr__(self):
        name = "" if self._mock_name is None and self._mock_parent is None else " name='%s'" % self._mock_path()
        return "<%s%s id='%d'>" % (type(self).__name__, name, id(self))

    def _child(self, name, wraps=None):
        return MagicMock(parent=self, _new_name=name, wraps=wraps)

    def __getattr__(self, name):
        if name.startswith("_") and (name.startswith("__") or name.startswith("_mock_")):
            raise AttributeError(name)
        if name.startswith("assert") or name.startswith("assret"):
            raise AttributeError("Attributes cannot start with 'assert' or 'assret'")
        children = self._mock_children
        if name not in children:
            wraps = None if self._mock_wraps is None else getattr(self._mock_wraps, name)
            children[name] = self._child(name, wraps)
        return children[name]

    def __setattr__(self, name, value):
        if name == "return_value":
            self.__dict__["_mock_return_value"] = value
        elif name == "side_effect":
            if value is not None and not callable(value) and not isinstance(value, BaseException) and not (
                    isinstance(value, type) and issubclass(value, BaseException)):
                value = iter(value)
            self.__dict__["_mock_side_effect"] = value
        elif isinstance(value, NonCallableMock) and name not in self.__dict__:
            self._mock_children[name] = value
        else:
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._mock_children:
            del self._mock_children[name]
        else:
            object.__delattr__(self, name)

    @property
    def return_value(self):
        if self._mock_return_value is DEFAULT:
            self.__dict__["_mock_return_value"] = self._child("()")
        return self._mock_return_value

    @property
    def side_effect(self):
        return self._mock_side_effect

    def reset_mock(self, return_value=False, side_effect=False):
        d = self.__dict__
        self._mock_clear_record()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in self._mock_children.values():
            child.reset_mock()

    def _expected(self, args, kwargs):
        return _format_call(self._mock_path(), args, kwargs)

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or "mock"))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times."
                                 % (self._mock_name or "mock", self.call_count))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times."
                                 % (self._mock_name or "mock", self.call_count))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called."
                                 % self._expected(args, kwargs))
        if self.call_args != (args, kwargs):
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s"
                                 % (self._expected(args, kwargs), self._expected(*self.call_args)))

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times."
                                 % (self._mock_name or "mock", self.call_count))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        if (args, kwargs) not in [tuple(c) for c in self.call_args_list]:
            raise AssertionError("%s call not found" % self._expected(args, kwargs))


class CallableMixin(object):
    def __call__(self, *args, **kwargs):
        d = self.__dict__
        c = _Call((args, kwargs))
        d["called"] = True
        d["call_count"] += 1
        d["call_args"] = c
        self.call_args_list.append(c)
        self.mock_calls.append(c)
        parent, name = self._mock_parent, self._mock_new_name
        while parent is not None:
            parent.mock_calls.append(_Call((args, kwargs), name))
            if name != "()":
                parent.method_calls.append(_Call((args, kwargs), name))
            name = parent._mock_new_name + "." + name
            parent = parent._mock_parent
        effect = self._mock_side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type) and issubclass(effect, BaseException)):
                raise effect
            if not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (isinstance(result, type) and issubclass(result, BaseException)):
                    raise result
                return result
            result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is DEFAULT and self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    pass


class MagicMock(Mock):
    pass


class NonCallableMagicMock(NonCallableMock):
    pass


def _importer(target):
    parts = target.split(".")
    thing = __import__(parts[0])
    for i, part in enumerate(parts[1:], 1):
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(".".join(parts[:i + 1]))
            thing = getattr(thing, part)
    return thing


class _patch(object):
    def __init__(self, getter, attribute, new, kwargs):
        for k in _REFUSED:
            if kwargs.get(k) not in (None, False):
                _unsupported("patch(%s=...)" % k)
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.kwargs = {k: v for k, v in kwargs.items() if k not in _REFUSED}

    def __enter__(self):
        self.target = self.getter()
        name = self.attribute
        try:
            self.original = getattr(self.target, name)
            self.local = name in getattr(self.target, "__dict__", {})
        except AttributeError:
            raise AttributeError("%s does not have the attribute %r" % (self.target, name))
        new = self.new
        if new is DEFAULT:
            new = MagicMock(**self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        setattr(self.target, name, new)
        self.temp = new
        return new

    def __exit__(self, *exc_info):
        if self.local:
            setattr(self.target, self.attribute, self.original)
        else:
            delattr(self.target, self.attribute)
            if not hasattr(self.target, self.attribute):
                setattr(self.target, self.attribute, self.original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            _unsupported("patch as a class decorator")
        new_given = self.new is not DEFAULT

        @_functools.wraps(func)
        def patched(*args, **kwargs):
            with self as value:
                if new_given:
                    return func(*args, **kwargs)
                return func(*(args + (value,)), **kwargs)
        return patched


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, **kwargs):
    kwargs.update(spec=spec, create=create, spec_set=spec_set, autospec=autospec, new_callable=new_callable)
    if isinstance(target, str):
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, kwargs)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    kwargs.update(spec=spec, create=create, spec_set=spec_set, autospec=autospec, new_callable=new_callable)
    try:
        owner, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return _patch(lambda: _importer(owner), attribute, new, kwargs)


def _patch_refused(*args, **kwargs):
    _unsupported("patch.dict and patch.multiple")


patch.object = _patch_object
patch.dict = _patch_refused
patch.multiple = _patch_refused
`,
);
