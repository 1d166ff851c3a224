import typing as t
from typing import *
T = TypeVar('T'); K = TypeVar('K', int, str); B = TypeVar('B', bound=int, covariant=True)
print(T, K, B, T.__name__, K.__constraints__, B.__bound__)
xs = [List, List[int], Dict[str, List[int]], Tuple, Tuple[int, ...], Tuple[()], Tuple[int, str], Optional[int], Union[int, str], Union[int, None, str], Union[int], Optional[Union[int, str]], Any, Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Iterator[str], Sequence[float], Mapping[str, Any], Set[int], FrozenSet[int], Type[int], Generator[int, None, None], Text, Hashable, ClassVar[int], Literal[1, 'a'], Final[int], NoReturn, List[T], Dict[K, T], Optional[List[Dict[str, Any]]], DefaultDict[str,int], Counter[str], Deque[int], OrderedDict[str,int], Sized, MutableMapping[str,int], Type, Union[List[int], None], List[T][int], Dict[K, List[T]][str, float]]
for x in xs: print(repr(x))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Union[int,str].__origin__, Callable[[int],str].__args__)
print(List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), List[int] == List[str])
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Iterable), isinstance(3, Union[int, str]))
for bad in [lambda: isinstance([], List[int]), lambda: List(), lambda: Optional[int, str], lambda: Union[()], lambda: Tuple[int][str], lambda: Dict[int], lambda: Any(), lambda: TypeVar('X', int), lambda: isinstance(1, Any), lambda: Dict[int, str]()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(cast(int, 'x'), cast('List[int]', 3), TYPE_CHECKING)
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self):
        return abs(self.x) + abs(self.y)
print(P(1), P(1, 2)._asdict(), P._fields, P._field_defaults, P.__annotations__, isinstance(P(1), tuple), P(3, -4).norm())
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'z'), Q._fields, type(P).__name__, type(Q).__name__)
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(1)
print(Stack, Stack[int], s.items, Generic[T], Stack.__parameters__)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3), get_type_hints(P))
UserId = NewType('UserId', int)
print(UserId, UserId(5))
print(t.Optional, t.Union, t.Callable[[int], str].__origin__, get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
def annotated(a: List[int], b: Optional[str] = None) -> Dict[str, Any]:
    return {"a": a, "b": b}
print(annotated([1]))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m).__name__)
