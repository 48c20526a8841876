package org.synergos.analysis.internal.containment;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.synergos.analysis.containment.PluginGuard;

/**
 * Rewrites one class file of a plugin: calls that would end the JVM go to {@link PluginGuard} instead
 * (also as method references), and a {@link PluginGuard#checkpoint()} call precedes every backward jump
 * and backward switch target, so a loop that never polls for cancellation still stops. The inserted call
 * takes and leaves nothing on the stack, so stack map frames and maximum stack sizes stay valid.
 */
final class GuardedBytecode {

    static final String GUARD = PluginGuard.class.getName().replace('.', '/');
    static final String GUARD_PACKAGE = PluginGuard.class.getPackageName();

    private GuardedBytecode() {
    }

    /** The rewritten class, or empty when it contains nothing to guard. */
    static Optional<byte[]> of(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = { false };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new GuardingMethod(super.visitMethod(access, name, descriptor, signature, exceptions),
                        () -> changed[0] = true);
            }
        }, 0);
        return changed[0] ? Optional.of(writer.toByteArray()) : Optional.empty();
    }

    private static final class GuardingMethod extends MethodVisitor {

        private final Set<Label> visited = new HashSet<>();
        private final Runnable onChange;

        GuardingMethod(MethodVisitor next, Runnable onChange) {
            super(Opcodes.ASM9, next);
            this.onChange = onChange;
        }

        @Override
        public void visitLabel(Label label) {
            visited.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label target) {
            if (visited.contains(target)) {
                checkpoint();
            }
            super.visitJumpInsn(opcode, target);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label fallback, Label... targets) {
            if (anyVisited(fallback, targets)) {
                checkpoint();
            }
            super.visitTableSwitchInsn(min, max, fallback, targets);
        }

        @Override
        public void visitLookupSwitchInsn(Label fallback, int[] keys, Label[] targets) {
            if (anyVisited(fallback, targets)) {
                checkpoint();
            }
            super.visitLookupSwitchInsn(fallback, keys, targets);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            String replacement = replacement(owner, name, descriptor);
            if (replacement != null) {
                onChange.run();
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, replacement, guardDescriptor(owner, descriptor),
                        false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] guarded = arguments.clone();
            for (int i = 0; i < guarded.length; i++) {
                guarded[i] = guardedConstant(guarded[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, guarded);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(guardedConstant(value));
        }

        /** A method handle of System::exit (a method reference) becomes one of the guard's method. */
        private Object guardedConstant(Object constant) {
            if (constant instanceof Handle handle) {
                String replacement = replacement(handle.getOwner(), handle.getName(), handle.getDesc());
                if (replacement != null) {
                    onChange.run();
                    return new Handle(Opcodes.H_INVOKESTATIC, GUARD, replacement,
                            guardDescriptor(handle.getOwner(), handle.getDesc()), false);
                }
            }
            return constant;
        }

        private boolean anyVisited(Label fallback, Label[] targets) {
            if (visited.contains(fallback)) {
                return true;
            }
            for (Label target : targets) {
                if (visited.contains(target)) {
                    return true;
                }
            }
            return false;
        }

        private void checkpoint() {
            onChange.run();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "checkpoint", "()V", false);
        }

        private static String replacement(String owner, String name, String descriptor) {
            if (!descriptor.equals("(I)V")) {
                return null;
            }
            if (owner.equals("java/lang/System") && name.equals("exit")) {
                return "exit";
            }
            if (owner.equals("java/lang/Runtime") && (name.equals("exit") || name.equals("halt"))) {
                return name;
            }
            return null;
        }

        /** The guard's static replacement takes the instance of an instance method as its first argument. */
        private static String guardDescriptor(String owner, String descriptor) {
            return owner.equals("java/lang/Runtime") ? "(Ljava/lang/Runtime;I)V" : descriptor;
        }
    }
}
