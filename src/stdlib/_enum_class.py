"""What the compiler writes into every enum class (src/driver/enums.cpp).

EnumType's class-level operations, as classmethods each enum class has its
own copy of: the analysis specialises a classmethod for each class that
calls it, so one shared copy would run many enums through one fallback
(where `cls` is the defining class). `_EnumClass`'s body goes into every
enum class, `_FlagClass`'s too into every Flag; a method the class defines
itself is kept. They run in the enum's module, which the compiler makes
import enum as `_ingot_enum`. Never imported.
"""


class _EnumClass:
    @classmethod
    def _ingot_member_(cls, name, value):
        cls._ingot_values_.append(value)
        if value in cls._value2member_map_:
            # An alias: the name maps to the first member with the value.
            member = cls._ingot_call_(value)
            cls._member_map_[name] = member
            return member
        member = cls(_ingot_enum._MAKE)
        member._name_ = name
        member._value_ = value
        member._sort_order_ = len(cls._member_names_)
        if not cls._ingot_flag_ or _ingot_enum._is_single_bit(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        cls._value2member_map_[value] = member
        return member

    @classmethod
    def _ingot_end_(cls):
        pass

    @classmethod
    def _ingot_call_(cls, value):
        # By value, then the member itself (`Color(Color.RED)`); the map's
        # keys are searched by equality, which the hashed lookup amounts to,
        # because the value may have a type no key has.
        if value in cls._value2member_map_:
            for key, member in cls._value2member_map_.items():
                if key == value:
                    return member
        if type(value) is cls:
            for member in cls._value2member_map_.values():
                if member is value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result))

    @classmethod
    def _ingot_getitem_(cls, name):
        return cls._member_map_[name]

    @classmethod
    def _ingot_iter_(cls):
        return [cls._member_map_[name] for name in cls._member_names_]

    @classmethod
    def _ingot_contains_(cls, member):
        if not isinstance(member, _ingot_enum.Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'" % type(member).__qualname__)
        return isinstance(member, cls) and getattr(member, "_name_", None) in cls._member_map_

    @classmethod
    def _ingot_members_(cls):
        return _ingot_enum._MembersProxy(cls._member_map_)

    # Members are singletons: copy.copy and copy.deepcopy give the member
    # itself, as CPython's Enum.__copy__ and __deepcopy__ do.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _FlagClass:
    @classmethod
    def _ingot_end_(cls):
        mask = 0
        for name in cls._member_names_:
            mask |= cls._member_map_[name]._value_
        cls._flag_mask_ = mask
        cls._all_bits_ = 2 ** mask.bit_length() - 1

    @classmethod
    def _ingot_members_of_(cls, value):
        """The canonical members in value, in definition order."""
        out = []
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value:
                out.append(member)
        return out

    @classmethod
    def _missing_(cls, value):
        """A composite pseudo-member of the canonical members in value."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is _ingot_enum.STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("<flag %r> invalid value %r\n    given %s\n  allowed %s" % (
                    cls.__name__, value, _ingot_enum.bin(value, max_bits), _ingot_enum.bin(flag_mask, max_bits)))
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        pseudo_member = cls(_ingot_enum._MAKE)
        pseudo_member._value_ = value
        pseudo_member._sort_order_ = -1
        if member_value:
            pseudo_member._name_ = '|'.join([m._name_ for m in cls._ingot_members_of_(member_value)])
            if unknown:
                pseudo_member._name_ += '|%r' % unknown
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member
