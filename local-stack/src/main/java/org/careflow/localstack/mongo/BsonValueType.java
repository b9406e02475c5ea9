package org.careflow.localstack.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How every key and value of the MongoDB-protocol server's H2 maps is stored and ordered:
 * documents and values as BSON, index keys ({@link KeyValue}) as a count and their
 * values, and ordered by MongoDB's own comparison.
 * <p>
 * H2's default type for these maps Java-serializes every document it writes, and orders
 * keys it does not know (every index key) by Java-serializing <em>both</em> keys on every
 * comparison of a B-tree search. Under bookings that was three fifths of the server's
 * CPU; BSON is what the server decodes from the wire anyway, and comparing keys in memory
 * costs nothing to encode.
 * <p>
 * The order is total and agrees with {@code equals}: keys MongoDB calls equal but Java
 * does not (an {@code Integer} 1 and a {@code Double} 1.0) stay distinct, as they were
 * under H2's default type; the server normalises index keys before it looks them up
 * anyway.
 */
final class BsonValueType extends BasicDataType<Object> {

	static final BsonValueType INSTANCE = new BsonValueType();

	/** Tags beyond BSON's own type bytes (0x01–0x13, 0x7F and 0xFF). */
	private static final byte MISSING = 0x70;

	private static final byte KEY_VALUE = 0x71;

	private static final ValueComparator MONGODB_ORDER = ValueComparator.ascWithoutListHandling();

	private BsonValueType() {
	}

	@Override
	public int compare(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		if (a instanceof String first && b instanceof String second) {
			return first.compareTo(second);
		}
		if (a instanceof KeyValue first && b instanceof KeyValue second) {
			return compareKeyValues(first, second);
		}
		if (a instanceof KeyValue || b instanceof KeyValue) {
			// never in one map; any fixed order keeps the comparison total
			return (a instanceof KeyValue) ? 1 : -1;
		}
		int order = MONGODB_ORDER.compare(a, b);
		if (order != 0 || Objects.equals(a, b)) {
			return order;
		}
		return tieBreak(a, b);
	}

	private int compareKeyValues(KeyValue first, KeyValue second) {
		int common = Math.min(first.size(), second.size());
		for (int i = 0; i < common; i++) {
			int order = compare(first.get(i), second.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(first.size(), second.size());
	}

	/** Equal for MongoDB, different for Java: by class, then by encoding. */
	private static int tieBreak(Object a, Object b) {
		String firstClass = (a != null) ? a.getClass().getName() : "";
		String secondClass = (b != null) ? b.getClass().getName() : "";
		int byClass = firstClass.compareTo(secondClass);
		if (byClass != 0) {
			return byClass;
		}
		return Arrays.compare(encode(a), encode(b));
	}

	private static byte[] encode(Object value) {
		ByteBuf out = Unpooled.buffer(64);
		writeValue(value, out);
		byte[] bytes = new byte[out.readableBytes()];
		out.readBytes(bytes);
		return bytes;
	}

	@Override
	public void write(WriteBuffer buffer, Object value) {
		ByteBuf out = Unpooled.buffer(256);
		writeValue(value, out);
		buffer.put(out.array(), out.arrayOffset() + out.readerIndex(), out.readableBytes());
	}

	@Override
	public void write(WriteBuffer buffer, Object storage, int length) {
		// one staging buffer per page rather than per entry
		Object[] values = cast(storage);
		ByteBuf out = Unpooled.buffer(256 * Math.max(1, length));
		for (int i = 0; i < length; i++) {
			writeValue(values[i], out);
		}
		buffer.put(out.array(), out.arrayOffset() + out.readerIndex(), out.readableBytes());
	}

	@Override
	public Object read(ByteBuffer buffer) {
		ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
		Object value = readValue(in);
		buffer.position(buffer.position() + in.readerIndex());
		return value;
	}

	@Override
	public void read(ByteBuffer buffer, Object storage, int length) {
		Object[] values = cast(storage);
		ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
		for (int i = 0; i < length; i++) {
			values[i] = readValue(in);
		}
		buffer.position(buffer.position() + in.readerIndex());
	}

	private static void writeValue(Object value, ByteBuf out) {
		if (value instanceof Missing) {
			out.writeByte(MISSING);
		}
		else if (value instanceof KeyValue keyValue) {
			out.writeByte(KEY_VALUE);
			out.writeIntLE(keyValue.size());
			for (Object part : keyValue) {
				writeValue(part, out);
			}
		}
		else {
			byte type = BsonEncoder.determineType(value);
			out.writeByte(type);
			BsonEncoder.encodeValue(type, value, out);
		}
	}

	private static Object readValue(ByteBuf in) {
		byte tag = in.readByte();
		if (tag == MISSING) {
			return Missing.getInstance();
		}
		if (tag == KEY_VALUE) {
			int size = in.readIntLE();
			List<Object> parts = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				parts.add(readValue(in));
			}
			return new KeyValue(parts);
		}
		return BsonDecoder.decodeValue(tag, in);
	}

	/**
	 * A cheap estimate of the heap a value takes, which H2 uses to size its page cache
	 * and pages; walking the value is far cheaper than encoding it.
	 */
	@Override
	public int getMemory(Object value) {
		if (value == null || value instanceof Missing) {
			return 8;
		}
		if (value instanceof String text) {
			return 48 + text.length();
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof Instant) {
			return 24;
		}
		if (value instanceof ObjectId || value instanceof UUID) {
			return 40;
		}
		if (value instanceof Map<?, ?> map) {
			int memory = 64;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				memory += 40 + getMemory(entry.getKey()) + getMemory(entry.getValue());
			}
			return memory;
		}
		if (value instanceof Collection<?> collection) {
			int memory = 48;
			for (Object element : collection) {
				memory += 8 + getMemory(element);
			}
			return memory;
		}
		if (value instanceof KeyValue keyValue) {
			int memory = 48;
			for (Object part : keyValue) {
				memory += 8 + getMemory(part);
			}
			return memory;
		}
		return 64;
	}

	@Override
	public Object[] createStorage(int size) {
		return new Object[size];
	}

}
